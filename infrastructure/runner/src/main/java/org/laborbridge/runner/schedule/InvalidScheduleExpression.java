package org.laborbridge.runner.schedule;

/**
 * A schedule expression of template.yaml that EventBridge Scheduler would refuse, so the local
 * runner refuses it too instead of firing at times the deployed stack never would.
 */
public final class InvalidScheduleExpression extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expression;
  private final String problem;

  public InvalidScheduleExpression(String expression, String problem) {
    super("Invalid schedule expression '" + expression + "': " + problem);
    this.expression = expression;
    this.problem = problem;
  }

  public String expression() {
    return expression;
  }

  /** What is wrong, without the expression, so a caller can re-quote it as the template spells it. */
  public String problem() {
    return problem;
  }
}
