package org.laborbridge.matching.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.laborbridge.matching.domain.JobOffer;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.Region;

/** The {@code data} of {@code job.posted}/{@code job.updated} (docs/api/events.md) read as a {@link JobOffer}. */
final class JobEventData {

  private JobEventData() {}

  /** @param closing read from {@code job.closed}: the job is closed whatever its data says */
  static JobOffer toOffer(JsonNode data, boolean closing) {
    EventFields f = new EventFields(data);
    String id = f.text("id");
    long version = f.number("version");
    JobOffer.Status status = f.convert("status", f.text("status"), JobEventData::status);
    if (closing) {
      status = JobOffer.Status.CLOSED;
    }
    String title = f.text("title");
    Region region = f.convert("region", f.text("region"), Region::ofCode);
    String countyCode = f.text("countyCode");
    OccupationCode occupation = f.convert("occupationCode", f.text("occupationCode"), OccupationCode::parse);
    var salaryMin = f.decimal("salary.min");
    var salaryMax = f.optionalDecimal("salary.max");
    String salaryUnit = f.text("salary.unit");
    var monthlyMinimum = f.decimal("salary.monthlyMinimum");
    String posterKind = f.text("postedBy.kind");
    String posterId = f.text("postedBy.id");
    var skills = f.texts("skills");
    var validThrough = f.date("validThrough");
    var startDate = f.optionalDate("startDate");
    boolean accommodation = f.flag("accommodationOffered");
    boolean transport = f.flag("transportOffered");
    String laborBrand = f.optionalText("laborBrand");
    // Not in the job events yet; read when a later version of them carries it.
    String employerName = f.optionalText("employerName");
    String city = f.optionalText("city");
    f.check();
    return new JobOffer(id, version, status, title, employerName, region, countyCode, city, occupation, skills,
        new JobOffer.Pay(salaryMin, salaryMax, salaryUnit, monthlyMinimum), validThrough, startDate, accommodation,
        transport, laborBrand, new JobOffer.Poster(posterKind, posterId));
  }

  private static JobOffer.Status status(String text) {
    try {
      return JobOffer.Status.valueOf(text);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidValue("status", "must be ACTIVE or CLOSED");
    }
  }
}
