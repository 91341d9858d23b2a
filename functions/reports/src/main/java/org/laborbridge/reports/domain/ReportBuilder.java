package org.laborbridge.reports.domain;

import org.laborbridge.platform.counters.Metrics;
import org.laborbridge.shared.region.Region;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Turns a period's counters into the report's tables, in the programme's words, with small counts suppressed. The
 * sections follow the issue that asked for them: jobs, workers, matching and push, fairs, transfers, labor flows
 * and campaigns, each per region of the nine.
 */
public final class ReportBuilder {

  public static final String JOBS = "Jobs";
  public static final String WORKERS = "Workers";
  public static final String MATCHING = "Matching and push";
  public static final String FAIRS = "Fairs";
  public static final String TRANSFERS = "Insurance transfers";
  public static final String FLOWS = "Labor flows";
  public static final String CAMPAIGNS = "Campaigns";

  public static final String JOBS_POSTED = "Jobs posted";
  public static final String TOTAL_LABEL = "All nine regions";

  /** The programme's priority groups (domain brief), in the order the report lists them. */
  static final Map<String, String> PRIORITY_GROUPS = ordered(
      "LIFTED_OUT_OF_POVERTY", "Lifted out of poverty",
      "RELOCATED", "Relocated",
      "POVERTY_RETURN_MONITORING", "Poverty-return monitoring",
      "DIFFICULTY_FINDING_JOBS", "Difficulty finding jobs");

  /** The national transfer flow's states, in the order a transfer passes them. */
  static final Map<String, String> TRANSFER_STATES = ordered(
      "SUBMITTED", "Submitted",
      "ACCEPTED", "Accepted",
      "REJECTED", "Rejected",
      "LETTER_SENT", "Letter sent",
      "OUT_CONFIRMED", "Transfer-out confirmed",
      "FUNDS_TRANSFERRED", "Funds transferred",
      "COMPLETED", "Completed",
      "CANCELLED", "Cancelled");

  private ReportBuilder() {}

  public static Report build(Period period, PeriodCounts counts, Instant generatedAt) {
    List<Table> tables = new ArrayList<>();

    RegionTable jobs = new RegionTable();
    jobs.count(JOBS_POSTED, r -> counts.region(r, Metrics.JOBS_POSTED));
    jobs.count("Jobs closed", r -> counts.region(r, Metrics.JOBS_CLOSED));
    jobs.count("Openings", r -> counts.region(r, Metrics.OPENINGS));
    tables.add(jobs.table(JOBS, "Jobs posted and closed", "Region",
        "Region of the job's workplace. Openings: the positions of the jobs posted in the period."));

    RegionTable workers = new RegionTable();
    workers.count("Workers registered", r -> counts.region(r, Metrics.WORKERS_REGISTERED));
    Map<String, String> groups = new LinkedHashMap<>(PRIORITY_GROUPS);
    counts.suffixesOf(Metrics.WORKERS_REGISTERED_IN_GROUP).forEach(g -> groups.putIfAbsent(g, g));
    groups.forEach((group, title) -> workers.count(title,
        r -> counts.region(r, Metrics.WORKERS_REGISTERED_IN_GROUP + group)));
    tables.add(workers.table(WORKERS, "Workers registered by priority group", "Home region",
        "Worker's home region. A worker may be in several priority groups, or in none."));

    RegionTable matching = new RegionTable();
    matching.count("Matches", r -> counts.region(r, Metrics.MATCHES_MADE));
    matching.count("Pushes", r -> counts.region(r, Metrics.PUSHES_MADE));
    int delivered = matching.count("Delivered", r -> counts.region(r, Metrics.DELIVERIES_SUCCEEDED));
    int failed = matching.count("Not delivered", r -> counts.region(r, Metrics.DELIVERIES_FAILED));
    matching.rate("Delivery rate", delivered, failed);
    tables.add(matching.table(MATCHING, "Matches pushed and push delivery", "Home region",
        "Worker's home region. Delivery rate: delivered / (delivered + not delivered) over channel deliveries."));

    RegionTable fairs = new RegionTable();
    fairs.count("Registrations", r -> counts.region(r, Metrics.FAIR_REGISTRATIONS));
    fairs.count("Check-ins", r -> counts.region(r, Metrics.FAIR_CHECK_INS));
    tables.add(fairs.table(FAIRS, "Fair registrations and check-ins", "Region",
        "Region of the fair. Registrations: job seekers' seats and employers' booths."));

    RegionTable transfers = new RegionTable();
    Map<String, String> states = new LinkedHashMap<>(TRANSFER_STATES);
    counts.suffixesOf(Metrics.TRANSFERS_ENTERED).forEach(s -> states.putIfAbsent(s, s));
    int completed = -1;
    for (Map.Entry<String, String> state : states.entrySet()) {
      int column = transfers.count(state.getValue(), r -> counts.region(r, Metrics.TRANSFERS_ENTERED + state.getKey()));
      if (state.getKey().equals("COMPLETED")) {
        completed = column;
      }
    }
    transfers.average("Average days to complete", r -> counts.region(r, Metrics.TRANSFER_DAYS_TO_COMPLETE), completed);
    transfers.count("Overdue", r -> counts.region(r, Metrics.TRANSFERS_OVERDUE));
    tables.add(transfers.table(TRANSFERS, "Unemployment insurance transfers", "Transfer-in region",
        "Transfer-in region. A state's column counts the transfers that reached it in the period; average days: "
            + "calendar days from application to completion of the transfers completed in the period; overdue: "
            + "deadlines missed in the period."));

    tables.add(flows(counts));

    RegionTable campaigns = new RegionTable();
    campaigns.count("Campaign messages", r -> counts.region(r, Metrics.CAMPAIGN_MESSAGES));
    tables.add(campaigns.table(CAMPAIGNS, "Campaign activity", "Home region",
        "Recipient's home region: messages sent in the programme's campaigns."));

    return new Report(period, generatedAt, tables);
  }

  /** Movements from home regions (rows) to the regions of jobs matched and fairs registered for (columns). */
  private static Table flows(PeriodCounts counts) {
    List<Column> columns = new ArrayList<>();
    for (Region destination : Region.values()) {
      columns.add(new Column(destination.englishName(), Column.Format.COUNT));
    }
    List<Row> rows = new ArrayList<>();
    for (Region home : Region.values()) {
      List<Long> values = new ArrayList<>();
      for (Region destination : Region.values()) {
        values.add(counts.flow(home, destination, Metrics.FLOW_MATCHED)
            + counts.flow(home, destination, Metrics.FLOW_FAIR_REGISTERED));
      }
      rows.add(new Row(home.englishName(), home.code(), Suppression.column(values)));
    }
    return new Table(FLOWS, "Labor flow matrix", "Home region \\ to",
        "Rows: workers' home region; columns: the region of the jobs they were matched to or of the fairs they "
            + "registered for. No totals, so that no small count can be worked out.", columns, rows, Optional.empty());
  }

  /** Builds a table column by column: nine regions and their total. */
  private static final class RegionTable {
    private static final Region[] REGIONS = Region.values();
    private final List<Column> columns = new ArrayList<>();
    /** Per column, the raw figures of the nine regions and then their total: never published as they are. */
    private final List<long[]> raw = new ArrayList<>();
    private final List<List<Cell>> cells = new ArrayList<>();

    int count(String title, ToLongFunction<Region> metric) {
      long[] values = new long[REGIONS.length + 1];
      List<Long> counts = new ArrayList<>();
      for (int i = 0; i < REGIONS.length; i++) {
        values[i] = metric.applyAsLong(REGIONS[i]);
        values[REGIONS.length] += values[i];
        counts.add(values[i]);
      }
      return add(new Column(title, Column.Format.COUNT), values, Suppression.columnWithTotal(counts));
    }

    /** part / (part + rest), shown only where both counts are. */
    void rate(String title, int part, int rest) {
      long[] partValues = raw.get(part);
      long[] restValues = raw.get(rest);
      List<Cell> column = new ArrayList<>();
      for (int i = 0; i <= REGIONS.length; i++) {
        long all = partValues[i] + restValues[i];
        if (all == 0) {
          column.add(Cell.marked(Cell.Mark.NOT_APPLICABLE));
        } else if (!cells.get(part).get(i).shown() || !cells.get(rest).get(i).shown()) {
          column.add(Cell.marked(Cell.Mark.PROTECTED));
        } else {
          column.add(Cell.of((double) partValues[i] / all));
        }
      }
      add(new Column(title, Column.Format.PERCENT), null, column);
    }

    /** sum / count, shown only where the count is; the sum itself is never shown. */
    void average(String title, ToLongFunction<Region> sum, int count) {
      long[] counts = raw.get(count);
      long total = 0;
      List<Cell> column = new ArrayList<>();
      for (int i = 0; i <= REGIONS.length; i++) {
        long s;
        if (i < REGIONS.length) {
          s = sum.applyAsLong(REGIONS[i]);
          total += s;
        } else {
          s = total;
        }
        if (counts[i] == 0) {
          column.add(Cell.marked(Cell.Mark.NOT_APPLICABLE));
        } else if (!cells.get(count).get(i).shown()) {
          column.add(Cell.marked(Cell.Mark.PROTECTED));
        } else {
          column.add(Cell.of((double) s / counts[i]));
        }
      }
      add(new Column(title, Column.Format.DAYS), null, column);
    }

    private int add(Column column, long[] values, List<Cell> columnCells) {
      columns.add(column);
      raw.add(values);
      cells.add(columnCells);
      return columns.size() - 1;
    }

    Table table(String key, String title, String rowHeading, String about) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < REGIONS.length; i++) {
        rows.add(new Row(REGIONS[i].englishName(), REGIONS[i].code(), rowCells(i)));
      }
      Row total = new Row(TOTAL_LABEL, "", rowCells(REGIONS.length));
      return new Table(key, title, rowHeading, about, columns, rows, Optional.of(total));
    }

    private List<Cell> rowCells(int row) {
      return cells.stream().map(column -> column.get(row)).toList();
    }
  }

  private static Map<String, String> ordered(String... namesAndTitles) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTitles.length; i += 2) {
      map.put(namesAndTitles[i], namesAndTitles[i + 1]);
    }
    return map;
  }
}
