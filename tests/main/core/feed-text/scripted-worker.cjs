// A stand-in feed-text worker for feed-text-pool.test.ts, keyed on the feed URL: '/hang' never answers, '/crash'
// exits the thread, '/oom' allocates until its heap cap stops it; anything else answers at once with the body's
// text as the feed title and "<this thread's id>@<when it started, epoch ms>" as its description.
const { parentPort, threadId } = require('node:worker_threads')
const startedAt = Date.now()
parentPort.on('message', ({ id, job }) => {
  if (job.feedUrl.endsWith('/hang')) for (;;);
  if (job.feedUrl.endsWith('/crash')) process.exit(3)
  if (job.feedUrl.endsWith('/oom')) {
    const hoard = []
    for (;;) hoard.push(Array.from({ length: 100_000 }, () => hoard.length))
  }
  const title = new TextDecoder().decode(job.bytes)
  parentPort.postMessage({ id, text: { feed: { title, description: `${threadId}@${startedAt}` }, articles: [], features: [] } })
})
