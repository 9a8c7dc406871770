import { render } from 'preact';

render(<p>Bulletin Digest</p>, document.getElementById('app')!);
