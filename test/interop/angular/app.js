// A standalone component with CUSTOM_ELEMENTS_SCHEMA, compiled just in time (the decorator
// is called as the function it is, so the build needs no Angular compiler plugin).
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import data from './data.json';

const App = Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  // [data] is a property binding: the object arrives whole, defined tag or not.
  template: `<main>
    <kpi-card id="card" metric="mqls" [data]="data" (kpi-select)="select('card', $event)"></kpi-card>
    <kpi-funnel id="funnel" [data]="data"></kpi-funnel>
    <kpi-dashboard id="dashboard" [data]="data" (kpi-select)="select('dashboard', $event)"></kpi-dashboard>
    <output id="selected">{{ selected().join(',') }}</output>
  </main>`,
})(
  class {
    data = data;
    selected = signal([]);
    select(from, event) {
      this.selected.update((all) => [...all, `${from}:${event.detail.metric}`]);
    }
  },
);

export const start = () => bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] });
