package org.laborbridge.jobs.domain;

import org.laborbridge.shared.access.Actor;

import org.laborbridge.shared.identity.MobileNumber;
import org.laborbridge.shared.identity.OccupationCode;
import org.laborbridge.shared.identity.ResidentIdentityNumber;
import org.laborbridge.shared.identity.UnifiedSocialCreditCode;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;
import org.laborbridge.shared.time.SettableClock;
import org.laborbridge.shared.webhook.WebhookSecret;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Valid test data from the programme, so that a test states only what it is about. */
final class Samples {

  /** 10:00 on 1 March 2024 in Shanghai, during the Spring Breeze Action. */
  static final Instant START = Instant.parse("2024-03-01T02:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

  static final String IDENTITY = "11010519491231002X";
  static final String OTHER_IDENTITY = "440524188001010014";
  static final String PHONE = "13812345678";
  static final String CREDIT_CODE = "9144030071526726XG";
  static final String OTHER_CREDIT_CODE = "91350100M000100Y43";
  static final String CHENGDU = "510100";
  static final String HANGZHOU = "330100";
  static final String WELDER = "6-01-02-03";
  static final String COOK = "4-03-02-01";

  private Samples() {}

  static SettableClock clock() {
    return new SettableClock(START);
  }

  static JobDetailsBuilder job() {
    return new JobDetailsBuilder();
  }

  static JobDetails jobDetails() {
    return job().build();
  }

  static SalaryRange monthlySalary(int min, int max) {
    return new SalaryRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), PayUnit.MONTH, SalaryRange.CNY);
  }

  static WorkerPreferences preferences() {
    return new WorkerPreferences(Set.of(Region.ZHEJIANG, Region.JIANGSU), false, List.of(OccupationCode.parse(WELDER)),
        List.of("welding"), new BigDecimal("6000"), TODAY, Set.of(PriorityGroup.LIFTED_OUT_OF_POVERTY),
        new PushConsent(true, Set.of(PushConsent.Channel.INBOX, PushConsent.Channel.SMS)));
  }

  static WorkerRegistration registration() {
    return registration(IDENTITY);
  }

  static WorkerRegistration registration(String identityNumber) {
    return new WorkerRegistration("Li Wei", identity(identityNumber), MobileNumber.parse(PHONE),
        CountyCode.parse(CHENGDU), preferences());
  }

  static ResidentIdentityNumber identity(String value) {
    return ResidentIdentityNumber.parse(value, TODAY);
  }

  static Actor employer(String subject) {
    return new Actor(subject, Set.of(Actor.Role.EMPLOYER), Optional.empty());
  }

  static Actor staffOf(Region region) {
    return new Actor("staff-" + region.code(), Set.of(Actor.Role.STAFF), Optional.of(region));
  }

  static Actor workerAccount(String subject) {
    return new Actor(subject, Set.of(Actor.Role.WORKER), Optional.empty());
  }

  static PostedBy postedByEmployer(String subject) {
    return new PostedBy(PostedBy.Kind.EMPLOYER, subject);
  }

  /** A fixed secret per seed, so that failures reproduce. */
  static WebhookSecret secret(int seed) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) seed);
    return WebhookSecret.parse(WebhookSecret.PREFIX + Base64.getEncoder().encodeToString(key));
  }

  /** A job in Chengdu for welders, open to the end of April; change only what a test is about. */
  static final class JobDetailsBuilder {
    private String title = "Welder for a bridge steel works";
    private String county = CHENGDU;
    private String occupation = WELDER;
    private SalaryRange salary = monthlySalary(6000, 8000);
    private int openings = 12;
    private LocalDate validThrough = LocalDate.of(2024, 4, 30);

    JobDetailsBuilder title(String title) {
      this.title = title;
      return this;
    }

    JobDetailsBuilder in(String county) {
      this.county = county;
      return this;
    }

    JobDetailsBuilder occupation(String occupation) {
      this.occupation = occupation;
      return this;
    }

    JobDetailsBuilder salary(SalaryRange salary) {
      this.salary = salary;
      return this;
    }

    JobDetailsBuilder openings(int openings) {
      this.openings = openings;
      return this;
    }

    JobDetailsBuilder validThrough(LocalDate validThrough) {
      this.validThrough = validThrough;
      return this;
    }

    JobDetails build() {
      return new JobDetails(title, "Structural welding; certificate preferred.", OccupationCode.parse(occupation),
          List.of("welding", "blueprint reading"),
          new Employer("Chengdu Steel Works Co., Ltd.", UnifiedSocialCreditCode.parse(CREDIT_CODE)),
          new WorkLocation(CountyCode.parse(county), null, null), salary, EmploymentType.FULL_TIME, openings,
          validThrough, TODAY.plusWeeks(2), List.of(new WorkingLanguage("zh", WorkingLanguage.LanguageLevel.B2)),
          null, true, true);
    }
  }
}
