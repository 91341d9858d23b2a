package org.laborbridge.shared.region;

/** What a region is to the cooperation agreements. */
public enum RegionRole {
  /** Sichuan: the labor-exporting province that signed the agreements. */
  HOME,
  /** A labor-importing or neighbouring region that signed with Sichuan. */
  PARTNER
}
