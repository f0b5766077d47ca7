/**
 * Feedforward's engine: everything the book computes, in one pure TypeScript library.
 * No DOM, no chart library, no hidden randomness (pass a generator from createRng).
 */
export * from './network/index.ts';
export * from './activations/index.ts';
export * from './losses/index.ts';
export { crossEntropyWithBase } from './losses/cross-entropy.ts';
export * from './linalg.ts';
export { createRng, type Rng } from './random.ts';
export { initializers, initializerNames, type InitializerName } from './init.ts';
export * from './finite-difference.ts';
export * from './gradient-descent.ts';
export * from './datasets/index.ts';
