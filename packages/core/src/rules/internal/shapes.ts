// Findings and their subjects are built by constructor functions rather than object literals. Why: V8 pretenures
// the objects of an object literal once it sees them survive young-generation collections while the young
// generation is at its largest ("allocation-site pretenuring"), and that decision is final for the process. The
// json-rules-engine path keeps every finding across its awaits, so after one reference run the literals' findings
// were allocated straight into the old generation: each batch then paid for old-space allocation, write barriers
// to the young subject and extra full collections — the fast path ran 2–3× slower once the engine had run. An
// object made by `new` has no allocation site and is never pretenured. The prototype of these constructors is
// Object.prototype, so the objects are plain: same prototype, same own enumerable properties, in the same order
// (the documented order of a Finding), as the literals they replace.
import type { Bilingual } from '../../schema/CchcError.js';
import type { Because, Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { Citation, Rule } from '../rulePackSchema.js';

type Fields = Record<string, unknown>;
type Severity = Rule['severity'];
type Citations = readonly Citation[];
type List = readonly Because[];

/** Turns a function assigning `this.…` into a constructor of plain objects (prototype Object.prototype). */
function plain<A extends unknown[], T>(
  init: (this: Fields, ...args: A) => void,
): new (
  ...args: A
) => T {
  init.prototype = Object.prototype;
  return init as unknown as new (
    ...args: A
  ) => T;
}

/** The subject of a dossier's findings. */
export const DossierSubject = plain<[id: string, unitCode: string], FindingSubject>(
  function (id, unitCode) {
    this.kind = 'dossier';
    this.id = id;
    this.unitCode = unitCode;
  },
);

type Head = [ruleId: string, status: FindingStatus, severity: Severity, subject: FindingSubject];
type Tail = [citations: Citations, message: Bilingual, because: List];

/** A finding without dates. */
export const FindingPlain = plain<[...Head, ...Tail], Finding>(
  function (ruleId, status, severity, subject, citations, message, because) {
    this.ruleId = ruleId;
    this.status = status;
    this.severity = severity;
    this.subject = subject;
    this.citations = citations;
    this.message = message;
    this.because = because;
  },
);

/** A finding with a due date and the date done. */
export const FindingDueActual = plain<[...Head, string, string, ...Tail], Finding>(
  function (ruleId, status, severity, subject, dueDate, actualDate, citations, message, because) {
    this.ruleId = ruleId;
    this.status = status;
    this.severity = severity;
    this.subject = subject;
    this.dueDate = dueDate;
    this.actualDate = actualDate;
    this.citations = citations;
    this.message = message;
    this.because = because;
  },
);

/** A finding with a due date, the date done and the lateness. */
export const FindingDueActualLate = plain<[...Head, string, string, number, ...Tail], Finding>(
  function (
    ruleId,
    status,
    severity,
    subject,
    dueDate,
    actualDate,
    late,
    citations,
    message,
    because,
  ) {
    this.ruleId = ruleId;
    this.status = status;
    this.severity = severity;
    this.subject = subject;
    this.dueDate = dueDate;
    this.actualDate = actualDate;
    this.lateByWorkingDays = late;
    this.citations = citations;
    this.message = message;
    this.because = because;
  },
);

/** A finding with a due date only. */
export const FindingDue = plain<[...Head, string, ...Tail], Finding>(
  function (ruleId, status, severity, subject, dueDate, citations, message, because) {
    this.ruleId = ruleId;
    this.status = status;
    this.severity = severity;
    this.subject = subject;
    this.dueDate = dueDate;
    this.citations = citations;
    this.message = message;
    this.because = because;
  },
);

/** A finding with a due date and the lateness (not done yet). */
export const FindingDueLate = plain<[...Head, string, number, ...Tail], Finding>(
  function (ruleId, status, severity, subject, dueDate, late, citations, message, because) {
    this.ruleId = ruleId;
    this.status = status;
    this.severity = severity;
    this.subject = subject;
    this.dueDate = dueDate;
    this.lateByWorkingDays = late;
    this.citations = citations;
    this.message = message;
    this.because = because;
  },
);

/** A finding with the date done only. */
export const FindingActual = plain<[...Head, string, ...Tail], Finding>(
  function (ruleId, status, severity, subject, actualDate, citations, message, because) {
    this.ruleId = ruleId;
    this.status = status;
    this.severity = severity;
    this.subject = subject;
    this.actualDate = actualDate;
    this.citations = citations;
    this.message = message;
    this.because = because;
  },
);
