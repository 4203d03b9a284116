import type { FrameworkDocument } from '@prgauge/contracts';
import { mediaIndex, digitalIndex, researchIndex } from './template-indices-outreach';
import {
  advertisingIndex,
  publicationsIndex,
  outsourcingIndex,
  trainingIndex,
} from './template-indices-production';

/**
 * The seven indices a provincial directorate scores agencies' PR units on: media relations, electronic PR,
 * research, advertising and audio-visual work, publications, outsourcing and training.
 */
export function sevenIndexTemplate(): FrameworkDocument {
  return {
    scale: 100,
    missing: 'zero',
    indicators: [
      mediaIndex(),
      digitalIndex(),
      researchIndex(),
      advertisingIndex(),
      publicationsIndex(),
      outsourcingIndex(),
      trainingIndex(),
    ],
  };
}
