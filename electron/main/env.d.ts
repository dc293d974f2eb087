// `import x from './file.png?asset'` (electron-vite copies the file next to the bundle and gives its path).
/// <reference types="electron-vite/node" />
