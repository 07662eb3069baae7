export * from './auth.js';
export * from './cgu.js';
export * from './documents.js';
export * from './events.js';
export * from './menu.js';
export * from './pages.js';
export * from './password.js';
export * from './problem.js';
