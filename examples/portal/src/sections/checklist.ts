// Demo section for <cchc-checklist>: filled in when the element lands.
export {};
