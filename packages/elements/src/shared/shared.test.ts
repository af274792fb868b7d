import { html, LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { defineElement } from './defineElement.js';
import { FormAssociated } from './formAssociated.js';
import { LoadError, loadJson } from './loadJson.js';
import { defaultStorage, memoryStorage } from './storage.js';

class TestField extends FormAssociated(LitElement) {
  value = '';
  set(v: string) {
    this.value = v;
    this.internals?.setFormValue(v);
  }
  formResetCallback() {
    this.set('');
  }
  override render() {
    return html`<span>${this.value}</span>`;
  }
}
defineElement('cchc-test-field', TestField);

describe('FormAssociated', () => {
  it('submits its value with the owning form and resets with it', () => {
    const form = document.createElement('form');
    const field = document.createElement('cchc-test-field') as TestField;
    field.name = 'answer';
    form.append(field);
    document.body.append(form);
    field.set('42');
    expect(field.form).toBe(form);
    expect(new FormData(form).get('answer')).toBe('42');
    form.reset();
    expect(field.value).toBe('');
    form.remove();
  });
});

describe('storage', () => {
  it('uses localStorage when available and keeps values', () => {
    const s = defaultStorage();
    s.setItem('cchc:test', 'x');
    expect(localStorage.getItem('cchc:test')).toBe('x');
    s.removeItem('cchc:test');
    expect(s.getItem('cchc:test')).toBeNull();
  });

  it('has an in-memory fallback', () => {
    const s = memoryStorage();
    s.setItem('k', 'v');
    expect(s.getItem('k')).toBe('v');
    expect(memoryStorage().getItem('k')).toBeNull();
  });
});

describe('loadJson', () => {
  it('loads JSON and reports HTTP and parse errors in both languages', async () => {
    const ok = URL.createObjectURL(new Blob(['{"a":1}'], { type: 'application/json' }));
    expect(await loadJson(ok)).toEqual({ a: 1 });
    const bad = URL.createObjectURL(new Blob(['{oops'], { type: 'application/json' }));
    await expect(loadJson(bad)).rejects.toBeInstanceOf(LoadError);
    await expect(loadJson(bad)).rejects.toThrow(/không phải JSON hợp lệ .* is not valid JSON/);
    await expect(loadJson('/definitely-missing.json')).rejects.toThrow(/HTTP 404/);
  });
});
