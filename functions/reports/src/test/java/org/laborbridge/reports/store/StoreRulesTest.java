package org.laborbridge.reports.store;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.laborbridge.platform.testing.StoreRules;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * No transactions anywhere, and no Scan on any request or event path: reports read one counters partition, the catalog
 * one partition. The one exception is RecordsForRepair, the operator's repair command, a batch job run by hand over
 * tables that have no index by time (workers, transfers).
 */
class StoreRulesTest {

  private final JavaClasses store = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.laborbridge.reports.store");

  @Test
  void nothing_but_the_repair_command_s_reader_scans_a_table() {
    noClasses().that().doNotHaveSimpleName("RecordsForRepair")
        .should().callMethodWhere(dynamoDbCall("scan"))
        .because("a report reads one counters partition and the catalog one partition (Query); only the operator's "
            + "repair batch may Scan")
        .check(store);
  }

  @Test
  void the_repair_command_s_reader_is_the_one_that_scans_and_it_is_read_only() {
    classes().that().haveSimpleName("RecordsForRepair").should().callMethodWhere(dynamoDbCall("scan")).check(store);
    noClasses().that().haveSimpleName("RecordsForRepair").should().callMethodWhere(dynamoDbCall("put"))
        .orShould().callMethodWhere(dynamoDbCall("update")).orShould().callMethodWhere(dynamoDbCall("delete"))
        .because("it reads other functions' records, which this function may only read")
        .check(store);
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    StoreRules.of("org.laborbridge.reports.store")
        .usesNoTransactions("counters are atomic ADD/SET on one item each; the catalog is one item per report (decision 0001)");
  }

  private static DescribedPredicate<JavaMethodCall> dynamoDbCall(String operationPrefix) {
    return DescribedPredicate.describe("a DynamoDbClient " + operationPrefix + " operation",
        call -> call.getTarget().getOwner().isAssignableTo(DynamoDbClient.class)
            && call.getTarget().getName().startsWith(operationPrefix));
  }
}
