// Demo section "Giao diện / Theme": the same compliance checklist (the sample dossier, missed obligations only) in
// two portal themes side by side — the built-in default (Khánh Sơn red) and the shipped dark preset, linked by
// index.html as ./build/themes/dark.css exactly as a portal would link @cchc/elements/themes/dark.css. The elements
// are themed only through the documented --cchc-* custom properties; nothing here styles their insides.
import type { CchcChecklist } from '@cchc/elements';
import '@cchc/elements/define';
import sample from '../../data/checklist-dossier.json';

for (const el of document.querySelectorAll<CchcChecklist>('.theme-frame cchc-checklist')) {
  el.packId = sample.packId;
  el.asOf = sample.asOf;
  el.dossier = sample.dossier;
}
