import './context-menu.css'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useContextMenu } from './context-menu-store'

const MENU_WIDTH = 220

/** The in-app context menu (browser mode): opens at the pointer, kept inside the window; arrow keys move, Enter
 *  chooses, Escape, a click elsewhere or leaving the window dismisses. Mounted once, in App. */
export function ContextMenu() {
  const menu = useContextMenu((s) => s.menu)
  const close = useContextMenu((s) => s.close)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!menu) return
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus()
    const dismissOutside = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) close(null)
    }
    const dismiss = () => close(null)
    document.addEventListener('pointerdown', dismissOutside, true)
    window.addEventListener('blur', dismiss)
    window.addEventListener('resize', dismiss)
    return () => {
      document.removeEventListener('pointerdown', dismissOutside, true)
      window.removeEventListener('blur', dismiss)
      window.removeEventListener('resize', dismiss)
    }
  }, [menu, close])
  if (!menu) return null

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    const move = (to: number) => buttons[(to + buttons.length) % buttons.length]?.focus()
    if (event.key === 'Escape' || event.key === 'Tab') close(null)
    else if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(-1)
    else return
    event.preventDefault()
    event.stopPropagation() // the reader's single-key shortcuts must not fire under an open menu
  }
  const style = { left: Math.max(0, Math.min(menu.x, window.innerWidth - MENU_WIDTH)), top: Math.max(0, Math.min(menu.y, window.innerHeight - 32 * menu.items.length)) }
  return (
    <div ref={ref} role="menu" aria-label={menu.label} className="context-menu menu" style={style} onKeyDown={onKeyDown}>
      {menu.items.map((item, i) =>
        item.type === 'separator' ? (
          <div key={`sep-${i}`} role="separator" />
        ) : (
          <button key={item.id} type="button" role="menuitem" disabled={item.enabled === false} onClick={() => close(item.id)}>
            {item.label}
          </button>
        ),
      )}
    </div>
  )
}
