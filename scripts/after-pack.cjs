// electron-builder afterPack hook: flips the packaged Electron binary's fuses (scripts/fuses.mjs) before
// the installer is made, so the shipped app cannot be run as plain Node or loaded from outside its asar.
const path = require('node:path')

exports.default = async function afterPack(context) {
  // The packaging test packs with a stand-in binary that has no fuse wire to flip.
  if (process.env.MERIDIAN_STANDIN_ELECTRON === '1') return
  const { default: flipPackagedFuses } = await import(path.join(__dirname, 'fuses.mjs'))
  await flipPackagedFuses(context)
}
