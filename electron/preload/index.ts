// Preload (built as CommonJS: a sandboxed preload cannot load ES modules). Exposes only the
// typed bridge; ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../contract/bridge';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, buildBridge(ipcRenderer));
