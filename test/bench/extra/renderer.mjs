// Renderer budgets (bundle size, first screen) as extra rows of `npm run bench`.
export { benchRows } from '../renderer-bench.mjs';
