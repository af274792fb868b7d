// Demo section for <cchc-survey>: filled in when the element lands.
export {};
