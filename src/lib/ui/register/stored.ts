/** The register as kept beside its scenario: moved to register/stored.ts (files carry it too). */
export { envelope, looksSynthetic, restore, type Envelope, type Kept } from '../../register/stored';
