package org.laborbridge.jobs.store;

import org.laborbridge.jobs.domain.Employer;
import org.laborbridge.jobs.domain.EmploymentType;
import org.laborbridge.jobs.domain.JobDetails;
import org.laborbridge.jobs.domain.JobPosting;
import org.laborbridge.jobs.domain.JobStatus;
import org.laborbridge.jobs.domain.Partner;
import org.laborbridge.jobs.domain.PartnerKind;
import org.laborbridge.jobs.domain.PayUnit;
import org.laborbridge.jobs.domain.PostedBy;
import org.laborbridge.jobs.domain.PriorityGroup;
import org.laborbridge.jobs.domain.PushConsent;
import org.laborbridge.jobs.domain.RegisteredBy;
import org.laborbridge.jobs.domain.SalaryRange;
import org.laborbridge.jobs.domain.WorkLocation;
import org.laborbridge.jobs.domain.Worker;
import org.laborbridge.jobs.domain.WorkerPreferences;
import org.laborbridge.jobs.domain.WorkingLanguage;
import org.laborbridge.shared.identity.MobileNumber;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.identity.UnifiedSocialCreditCode;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Records the store tests write and read: every field filled unless a test says otherwise. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  static final CountyCode ZIYANG = CountyCode.parse("512000");
  static final CountyCode NINGBO = CountyCode.parse("330200");
  static final OccupationCode WELDER = OccupationCode.parse("6-18-02-04");
  static final OccupationCode COOK = OccupationCode.parse("4-03-02-01");
  static final UnifiedSocialCreditCode EMPLOYER_CODE = creditCode("91330200MA2H12345");

  private Fixtures() {}

  static JobDetails details(CountyCode county, OccupationCode occupation, LocalDate validThrough) {
    return new JobDetails(
        "Welder, shipyard", "Arc welding on hull sections; certificates help.", occupation,
        List.of("arc welding", "reading drawings"),
        new Employer("Ningbo Harbour Shipbuilding Co.", EMPLOYER_CODE),
        new WorkLocation(county, "Ningbo", "88 Harbour Road"),
        new SalaryRange(new BigDecimal("6500.50"), new BigDecimal("9000"), PayUnit.MONTH, "CNY"),
        EmploymentType.FULL_TIME, 12, validThrough, LocalDate.of(2026, 12, 1),
        List.of(new WorkingLanguage("zh", WorkingLanguage.LanguageLevel.NATIVE),
            new WorkingLanguage("bo", WorkingLanguage.LanguageLevel.B1)),
        "Sichuan Welders", true, false);
  }

  static JobDetails details() {
    return details(NINGBO, WELDER, TODAY.plusDays(30));
  }

  /** Only what a job must have: every optional field left out. */
  static JobDetails bareDetails() {
    return new JobDetails("Cook", null, COOK, null, new Employer("Canteen", EMPLOYER_CODE),
        new WorkLocation(ZIYANG, null, null), new SalaryRange(new BigDecimal("180"), null, PayUnit.DAY, null),
        EmploymentType.TEMPORARY, 1, TODAY, null, null, null, false, true);
  }

  static JobPosting posted(String id, JobDetails details, Instant at) {
    return new JobPosting(id, details, JobStatus.ACTIVE, new PostedBy(PostedBy.Kind.EMPLOYER, "employer-sub-1"), at, at,
        null, 1);
  }

  static JobPosting closed(JobPosting job, Instant at) {
    return new JobPosting(job.id(), job.details(), JobStatus.CLOSED, job.postedBy(), job.createdAt(), at, at,
        job.version() + 1);
  }

  static JobPosting changed(JobPosting job, Instant at) {
    return new JobPosting(job.id(), job.details(), job.status(), job.postedBy(), job.createdAt(), at, job.closedAt(),
        job.version() + 1);
  }

  static final String WORKER_NAME = "王小明";
  static final MobileNumber WORKER_PHONE = MobileNumber.parse("13812345678");

  static Worker worker(String id, ResidentIdentityNumber identityNumber) {
    WorkerPreferences preferences = new WorkerPreferences(Set.of(Region.ZHEJIANG, Region.FUJIAN), false,
        List.of(WELDER, COOK), List.of("arc welding", "forklift"), new BigDecimal("6000.50"), LocalDate.of(2026, 12, 15),
        Set.of(PriorityGroup.RELOCATED, PriorityGroup.LIFTED_OUT_OF_POVERTY),
        new PushConsent(true, Set.of(PushConsent.Channel.SMS, PushConsent.Channel.INBOX)));
    return new Worker(id, WORKER_NAME, identityNumber, WORKER_PHONE, ZIYANG, preferences,
        new RegisteredBy(RegisteredBy.Kind.SELF, "worker-sub-1"), NOW, NOW, 1);
  }

  static Partner partner(String id) {
    return new Partner(id, "Partner " + id, NINGBO, PartnerKind.LABOR_COMPANY,
        List.of(WebhookSecret.generate(), WebhookSecret.generate()), URI.create("https://" + id + ".example/callback"),
        true, NOW, NOW);
  }

  /** A valid GB 11643 number: 17 digits and the ISO 7064 MOD 11-2 check character. */
  static ResidentIdentityNumber identityNumber(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return ResidentIdentityNumber.parse(first17 + "10X98765432".charAt(sum % 11), TODAY);
  }

  /** A valid GB 32100 code: 17 characters and the check character. */
  static UnifiedSocialCreditCode creditCode(String first17) {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
    }
    int check = 31 - sum % 31;
    return UnifiedSocialCreditCode.parse(first17 + alphabet.charAt(check == 31 ? 0 : check));
  }
}
