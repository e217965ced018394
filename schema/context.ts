/** What every resolver gets: the store, this request's loaders, and who is asking. */
import type { Loaders, Store } from '../store/index.js';

export interface Context {
  store: Store;
  loaders: Loaders;
  /** True when the request carried the editor key. */
  isEditor: boolean;
  requestId: string;
}
