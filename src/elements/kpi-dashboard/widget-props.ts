import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets properties on the element it is written on (`<kpi-card ${props({ metric, data })}>`):
 * the dashboard hands each widget the same choices without a binding per property and per
 * tag. Properties, never attributes: the dataset stays an object.
 */
class PropsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('props() belongs on an element');
  }

  render(_props: object): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [object]): typeof noChange {
    // Lit's own setters skip values that have not changed: no extra updates.
    Object.assign(part.element, props);
    return noChange;
  }
}

export const props = directive(PropsDirective);
