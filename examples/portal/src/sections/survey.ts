// Demo section for <cchc-survey>: the satisfaction survey of a Khánh Sơn commune People's Committee (one-stop
// section) and of the commune's health station (Trạm Y tế). The units are the sample list in examples/data; the
// instruments are the examples shipped with @cchc/core. Nothing is sent to a server: the submitted response is
// shown below the form.
import { getInstrument } from '@cchc/core';
import type { CchcSurvey } from '@cchc/elements';
import '@cchc/elements/define';
import units from '../../../data/units-khanhson.json';

const survey = document.querySelector<CchcSurvey>('#survey');
const commune = document.querySelector<HTMLSelectElement>('#survey-commune');
const service = document.querySelector<HTMLSelectElement>('#survey-service');
const serviceRow = document.querySelector<HTMLElement>('#survey-service-row');
const result = document.querySelector<HTMLElement>('#survey-result');

const INSTRUMENT = { ubnd: 'commune-ubnd-example', tyt: 'health-station-example' } as const;

function selectedKind(): keyof typeof INSTRUMENT {
  return document.querySelector<HTMLInputElement>('input[name=survey-unit]:checked')?.value ===
    'tyt'
    ? 'tyt'
    : 'ubnd';
}

/** Points the survey at the chosen unit: the commune's People's Committee or its health station. */
function update(): void {
  if (!survey || !commune || !service || !serviceRow) return;
  const kind = selectedKind();
  const unit =
    kind === 'ubnd'
      ? units.units.find((u) => u.code === commune.value)
      : units.units.find((u) => u.kind === 'health-station' && u.parentCode === commune.value);
  if (!unit) return;
  survey.setAttribute('instrument-id', INSTRUMENT[kind]);
  survey.setAttribute('unit-code', unit.code);
  survey.setAttribute('unit-name', unit.name);
  serviceRow.hidden = kind !== 'ubnd';
  if (kind === 'ubnd') survey.setAttribute('service', service.value);
  else survey.removeAttribute('service');
}

if (survey && commune && service && result) {
  for (const unit of units.units.filter((u) => u.kind === 'people-committee')) {
    commune.append(
      new Option(unit.name.replace(/^UBND /, ''), unit.code, false, unit.code === 'KS-SB'),
    );
  }
  commune.value = 'KS-SB';
  for (const s of getInstrument(INSTRUMENT.ubnd).services)
    service.append(new Option(s.name.vi, s.code));
  commune.addEventListener('change', update);
  service.addEventListener('change', update);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=survey-unit]'))
    radio.addEventListener('change', update);
  survey.addEventListener('cchc-submit', (event) => {
    const pre = result.querySelector('pre');
    if (pre) pre.textContent = JSON.stringify(event.detail.response, null, 2);
    result.hidden = false;
  });
  update();
}
