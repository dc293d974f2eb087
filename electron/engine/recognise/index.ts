export { recogniseResponse, explainText } from './recognise';
export type { ResponseInput } from './recognise';
export { BODY_LIMIT } from './text';
export { sourceLabel } from './summary';
