/** Recomputes a value only when one of its inputs changed (by identity). */
export class Memo<T> {
  private inputs?: readonly unknown[];
  private value?: T;
  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.inputs || inputs.length !== this.inputs.length || inputs.some((input, i) => input !== this.inputs![i])) {
      this.value = compute();
      this.inputs = inputs;
    }
    return this.value!;
  }
}
