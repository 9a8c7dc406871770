// The popup marks its first render with the User Timing API. The mark shows in DevTools' performance panel,
// and it is how the browser benchmark times the real toolbar popup: that page opens before any tool can
// put a script of its own into it, so only the page itself can say when it first rendered.
export const POPUP_FIRST_RENDER_MARK = 'bulletin-digest:popup-first-render';
