import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// CI machines are shared and noisy: give async UI assertions time to settle instead of failing at 1 s.
configure({ asyncUtilTimeout: 10_000 });
