import type { FrameworkDocument, FrameworkDocumentNode, FrameworkMeasure } from '@prgauge/contracts';

/** A measure exactly as the scoring library reads it. */
export type StoredMeasure = FrameworkMeasure;

/** A framework node: the scoring library's fields plus, on leaves, the product's metadata. */
export type StoredNode = FrameworkDocumentNode;

/** The framework as a cycle stores it; the contract the dashboard reads and writes. */
export type StoredFramework = FrameworkDocument;
