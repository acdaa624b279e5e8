// Flattens element nesting beyond a fixed depth. Readability's cost grows much faster than linearly with
// nesting (a 1,000-deep chain of unclosed <div>s takes 26 s, jsdom or linkedom alike), and unclosed tags
// repeated by a template loop produce exactly that. Real articles stay far below: at most 38 in the corpus.

export const MAX_DEPTH = 100

/** Below MAX_DEPTH, each over-deep subtree is replaced by its leaves (text and childless elements), in order. */
export function capDepth(root: Element, maxDepth = MAX_DEPTH): void {
  const stack: [Element, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!
    const children = Array.from(element.children)
    if (depth >= maxDepth) {
      if (children.some((child) => child.firstElementChild)) element.replaceChildren(...leavesOf(element))
      continue
    }
    for (const child of children) stack.push([child, depth + 1])
  }
}

/** Text nodes and elements without element children, in document order; iterative, as the depth is the problem. */
function leavesOf(container: Element): Node[] {
  const leaves: Node[] = []
  const pending: Node[] = Array.from(container.childNodes).reverse()
  while (pending.length > 0) {
    const node = pending.pop()!
    const isContainer = node.nodeType === 1 && (node as Element).firstElementChild !== null
    if (isContainer) pending.push(...Array.from(node.childNodes).reverse())
    else if (node.nodeType === 1 || node.nodeType === 3) leaves.push(node)
  }
  return leaves
}
