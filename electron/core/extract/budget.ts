/** Thrown when one article's extraction runs past its time budget: report the article, go on with the others. */
export class ExtractionBudgetExceeded extends Error {
  readonly code = 'EXTRACT_BUDGET';

  constructor(
    readonly budgetMs: number,
    readonly chars: number,
  ) {
    super(`extraction of an article of ${chars} characters took longer than its budget of ${budgetMs} ms`);
    this.name = 'ExtractionBudgetExceeded';
  }
}

/** A deadline for one article, checked between the steps of its extraction. */
export interface Budget {
  /** Throws ExtractionBudgetExceeded when the time is up. */
  check(): void;
}

/** Starts the budget of one article of `chars` characters. */
export function startBudget(budgetMs: number, chars: number, clock: () => number): Budget {
  const deadline = clock() + budgetMs;
  return {
    check() {
      if (clock() > deadline) throw new ExtractionBudgetExceeded(budgetMs, chars);
    },
  };
}
