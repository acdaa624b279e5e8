// Generates every icon the app and its installers use from resources/icon.svg (one source of truth):
// PNGs for Linux and the window, icon.ico for Windows, tray icons, and the Windows taskbar overlays that
// show the unread count (1–9 and 9+, digits drawn as paths so no font is needed).
// Usage: node scripts/generate-icons.mjs [outDir]   (default: resources)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'

const root = resolve(import.meta.dirname, '..')
const outDir = resolve(process.argv[2] ?? join(root, 'resources'))
const source = readFileSync(join(root, 'resources', 'icon.svg'), 'utf8')

const render = (svg, size) => new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng()

/** An ICO file holding PNG images (Windows Vista and later read PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, e)
    header.writeUInt8(size >= 256 ? 0 : size, e + 1)
    header.writeUInt16LE(1, e + 4)
    header.writeUInt16LE(32, e + 6)
    header.writeUInt32LE(png.length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map((i) => i.png)])
}

// Seven segments on a 10×18 grid: a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle.
const SEGMENTS = { a: 'M2 1h6', b: 'M9 2v6', c: 'M9 10v6', d: 'M2 17h6', e: 'M1 10v6', f: 'M1 2v6', g: 'M2 9h6' }
const DIGITS = ['abcdef', 'bc', 'abdeg', 'abcdg', 'bcfg', 'acdfg', 'acdefg', 'abc', 'abcdefg', 'abcdfg']
const digitPath = (d, dx) => [...DIGITS[d]].map((s) => SEGMENTS[s].replace(/^M(\d+) (\d+)/, (_, x, y) => `M${Number(x) + dx} ${y}`)).join(' ')

function overlaySvg(label) {
  const digits = label === '9+' ? [digitPath(9, 0)] : [digitPath(Number(label), 5)]
  const plus = label === '9+' ? '<path d="M12 9h5M14.5 6.5v5"/>' : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><circle cx="10" cy="10" r="10" fill="#d93025"/>` +
    `<g transform="translate(${label === '9+' ? 1.5 : 0} 1)" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round"><path d="${digits.join(' ')}"/>${plus}</g></svg>`
}

export function generateIcons(dir = outDir) {
  mkdirSync(join(dir, 'icons'), { recursive: true })
  mkdirSync(join(dir, 'overlay'), { recursive: true })
  const written = []
  const write = (rel, bytes) => {
    writeFileSync(join(dir, rel), bytes)
    written.push(rel)
  }
  for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) write(join('icons', `${size}x${size}.png`), render(source, size))
  write('icon.png', render(source, 1024))
  write('icon.ico', ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: render(source, size) }))))
  write('tray.png', render(source, 32))
  write('tray@2x.png', render(source, 64))
  for (const label of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '9+']) {
    write(join('overlay', `overlay-${label === '9+' ? '9plus' : label}.png`), render(overlaySvg(label), 32))
  }
  return written
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = generateIcons()
  console.log(`icons: wrote ${files.length} files to ${outDir}`)
}
