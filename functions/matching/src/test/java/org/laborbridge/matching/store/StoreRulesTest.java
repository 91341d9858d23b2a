package org.laborbridge.matching.store;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What the store may not do, checked on the compiled classes: no Scan (candidates are found by their pools'
 * keys, whatever the number of workers), and no transactions (decision 0001).
 */
class StoreRulesTest {

  private final JavaClasses store = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.laborbridge.matching.store");

  private static DescribedPredicate<JavaMethodCall> dynamoDbCall(String operationPrefix) {
    return DescribedPredicate.describe("a DynamoDbClient " + operationPrefix + " operation",
        call -> call.getTarget().getOwner().isAssignableTo(DynamoDbClient.class)
            && call.getTarget().getName().startsWith(operationPrefix));
  }

  @Test
  void the_store_never_scans_a_table() {
    noClasses().should().callMethodWhere(dynamoDbCall("scan"))
        .because("a job reads its candidate pools by key; a scan reads every worker")
        .check(store);
  }

  @Test
  void the_store_uses_no_dynamodb_transactions() {
    noClasses().should().callMethodWhere(dynamoDbCall("transact"))
        .because("invariants live on one item and one conditional write (decision 0001)")
        .check(store);
  }
}
