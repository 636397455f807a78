/** How the dataset was made and how to read it; shown on /about. */
export function MethodNotes() {
  return (
    <section aria-labelledby="method-heading">
      <h2 id="method-heading">How it was made</h2>
      <ul>
        <li>
          Five news articles were read closely, twice, by different readers, and every position,
          casualty figure, meeting, event and dispute was recorded with one or more verbatim quotes.
          The build refuses any quote that is not an exact substring of its article; typos and
          garbled sentences are quoted as printed.
        </li>
        <li>
          Summaries are in our own words. Nothing the articles do not say is recorded; where they
          are ambiguous, the record says so.
        </li>
        <li>
          Each record is dated by when it happened or was said, not when it was reported. A date the
          text does not give outright is marked <em>inferred</em>, with the reasoning. The date
          filter keeps a record when the day it happened falls in the range; inferred dates are
          included and marked.
        </li>
        <li>
          Where sources disagree (a claim and its denial, two death tolls), both are kept and linked
          by a dispute; nothing is averaged or summed.
        </li>
        <li>
          Stances: <em>supports</em>, <em>conditional</em> (supports with stated conditions),{' '}
          <em>ambiguous</em> (unclear or shifting), <em>opposes</em>; each is either <em>stated</em>{' '}
          by the actor or <em>reported</em> by a third party.
        </li>
      </ul>
    </section>
  )
}
