// Demo section for <cchc-scorecard>: filled in when the element lands.
export {};
