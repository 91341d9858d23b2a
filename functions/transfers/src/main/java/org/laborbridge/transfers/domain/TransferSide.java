package org.laborbridge.transfers.domain;

import org.laborbridge.shared.problem.InvalidValue;
import org.laborbridge.shared.region.CountyCode;
import org.laborbridge.shared.region.Region;

import java.util.Objects;

/**
 * One side of a transfer: the programme region and the social-insurance office that handles it, known by the
 * six-digit code of the area it serves and, optionally, its name.
 */
public record TransferSide(Region region, CountyCode officeCode, String officeName) {

  public static final int MAX_OFFICE_NAME = 100;

  public TransferSide {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(officeCode, "officeCode");
    if (officeCode.region() != region) {
      throw new InvalidValue("officeCode", "must lie in region " + region.code());
    }
    if (officeName != null) {
      officeName = officeName.strip();
      if (officeName.isEmpty()) {
        officeName = null;
      } else if (officeName.length() > MAX_OFFICE_NAME || officeName.chars().anyMatch(Character::isISOControl)) {
        throw new InvalidValue("officeName", "must be at most " + MAX_OFFICE_NAME + " characters on one line");
      }
    }
  }
}
