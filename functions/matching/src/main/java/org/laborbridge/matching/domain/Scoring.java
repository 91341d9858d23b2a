package org.laborbridge.matching.domain;

import org.laborbridge.shared.identity.OccupationCloseness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ranking of workers who meet every hard constraint: an additive score, then a boost for priority groups.
 * The weights are the programme's documented choices (docs/matching.md); each part that counts adds a reason.
 *
 * <pre>
 * occupation      same code +40, else same minor group +25
 * skills          Jaccard(job skills, worker skills, case-insensitive) x 20
 * wage surplus    min((monthlyMinimum - expected) / expected, 0.5) x 20   (none without an expectation)
 * distance        job in the worker's home province +10, in a neighbouring one +6
 * conditions      accommodation +5, transport +3, a labor brand +2
 * priority group  the total x 1.2
 * </pre>
 */
public final class Scoring {

  public static final BigDecimal SAME_OCCUPATION = BigDecimal.valueOf(40);
  public static final BigDecimal SAME_MINOR_GROUP = BigDecimal.valueOf(25);
  public static final BigDecimal SKILLS = BigDecimal.valueOf(20);
  public static final BigDecimal WAGE_SURPLUS = BigDecimal.valueOf(20);
  /** Pay far above expectation stops adding: half as much again is as good as it gets. */
  public static final BigDecimal WAGE_SURPLUS_CAP = new BigDecimal("0.5");
  public static final BigDecimal HOME_PROVINCE = BigDecimal.valueOf(10);
  public static final BigDecimal NEIGHBOURING_PROVINCE = BigDecimal.valueOf(6);
  public static final BigDecimal ACCOMMODATION = BigDecimal.valueOf(5);
  public static final BigDecimal TRANSPORT = BigDecimal.valueOf(3);
  public static final BigDecimal LABOR_BRAND = BigDecimal.valueOf(2);
  public static final BigDecimal PRIORITY_BOOST = new BigDecimal("1.2");

  /** The reason a match made at a job fair adds; the fair adds no points (docs/matching.md, Fairs). */
  public static final String SAME_FAIR = "registered for the same fair";

  private static final int FRACTION_SCALE = 6;

  private Scoring() {}

  /** The score of a worker who meets every hard constraint of the job. */
  public static Score score(JobOffer job, CandidateProfile worker) {
    List<String> reasons = new ArrayList<>();
    BigDecimal points = BigDecimal.ZERO;

    OccupationCloseness closeness = worker.occupations().stream().map(o -> o.closenessTo(job.occupation()))
        .min(Enum::compareTo).orElse(OccupationCloseness.UNRELATED);
    if (closeness == OccupationCloseness.SAME_OCCUPATION) {
      points = points.add(SAME_OCCUPATION);
      reasons.add("same occupation");
    } else if (closeness == OccupationCloseness.SAME_MINOR_GROUP) {
      points = points.add(SAME_MINOR_GROUP);
      reasons.add("same occupation group");
    }

    BigDecimal overlap = jaccard(job.normalisedSkills(), worker.normalisedSkills());
    if (overlap.signum() > 0) {
      points = points.add(overlap.multiply(SKILLS));
      reasons.add("shared skills " + percent(overlap) + "%");
    }

    BigDecimal expected = worker.expectedMonthlyWage();
    if (expected != null && expected.signum() > 0) {
      BigDecimal surplus = job.pay().monthlyMinimum().subtract(expected)
          .divide(expected, FRACTION_SCALE, RoundingMode.HALF_UP).min(WAGE_SURPLUS_CAP);
      // Within the salary tolerance a job may pay a little less than expected: that costs up to one point.
      points = points.add(surplus.multiply(WAGE_SURPLUS));
      if (surplus.signum() > 0) {
        reasons.add("pays " + percent(surplus) + "% above expectation");
      } else if (surplus.signum() < 0) {
        reasons.add("pays " + percent(surplus.negate()) + "% below expectation");
      }
    }

    if (worker.homeRegion() == job.region()) {
      points = points.add(HOME_PROVINCE);
      reasons.add("in home province");
    } else if (Neighbours.border(worker.homeRegion(), job.region())) {
      points = points.add(NEIGHBOURING_PROVINCE);
      reasons.add("neighbouring province");
    }
    if (job.accommodationOffered()) {
      points = points.add(ACCOMMODATION);
      reasons.add("accommodation offered");
    }
    if (job.transportOffered()) {
      points = points.add(TRANSPORT);
      reasons.add("transport offered");
    }
    if (job.laborBrand() != null && !job.laborBrand().isBlank()) {
      points = points.add(LABOR_BRAND);
      reasons.add("labor brand");
    }
    if (worker.inPriorityGroup()) {
      points = points.multiply(PRIORITY_BOOST);
      reasons.add("priority group");
    }
    return new Score(points.max(BigDecimal.ZERO), reasons);
  }

  /**
   * The score of a worker and a job that meet at a job fair: the same points as anywhere, and one more reason, so
   * that the worker sees why a job outside the provinces they named reached them.
   */
  public static Score scoreAtFair(JobOffer job, CandidateProfile worker) {
    Score score = score(job, worker);
    List<String> reasons = new ArrayList<>(score.reasons());
    reasons.add(SAME_FAIR);
    return new Score(score.points(), reasons);
  }

  /** |A ∩ B| / |A ∪ B|; nothing in common (or nothing at all) is zero. */
  static BigDecimal jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return BigDecimal.ZERO;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return BigDecimal.valueOf(both.size()).divide(BigDecimal.valueOf(union.size()), FRACTION_SCALE, RoundingMode.HALF_UP);
  }

  private static String percent(BigDecimal fraction) {
    return fraction.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString();
  }
}
