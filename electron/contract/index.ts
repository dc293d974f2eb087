export * from './values';
export * from './diagnosis';
export * from './fixes';
export * from './report';
export * from './channels';
export * from './bridge';
