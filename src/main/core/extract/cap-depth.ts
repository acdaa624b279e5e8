// Flattens element nesting beyond a fixed depth. Readability's cost grows much faster than linearly with
// nesting (a 1,000-deep chain of unclosed <div>s takes 26 s, jsdom or linkedom alike), and unclosed tags
// repeated by a template loop produce exactly that. Real articles stay far below: at most 38 in the corpus.
// Below the cap the cost still grows with the sum of all elements' depths (Readability walks each block's whole
// subtree several times): 600 blocks of 99 nested <div>s take 12 s. So that sum has a cap too, 3.3× the
// corpus's largest (wikipedia-2: 120,000).

const MAX_DEPTH = 100
export const MAX_NESTING = 400_000

/**
 * Below MAX_DEPTH, each over-deep subtree is replaced by its leaves (text and childless elements), in order.
 * Returns the nesting: the sum of the depths of the elements kept.
 */
export function capDepth(root: Element, maxDepth = MAX_DEPTH): number {
  const stack: [Element, number][] = [[root, 1]]
  let nesting = 0
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!
    nesting += depth
    const children = Array.from(element.children)
    if (depth >= maxDepth) {
      if (children.some((child) => child.firstElementChild)) element.replaceChildren(...leavesOf(element))
      continue
    }
    for (const child of children) stack.push([child, depth + 1])
  }
  return nesting
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
