package org.laborbridge.platform.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * What a function's store may not do, checked on its compiled classes: no Scan (it reads the whole table) and no
 * DynamoDB transactions (dynalite has none, and decision 0001 keeps invariants on one item). Each function's
 * StoreRulesTest names its store package and says why in its own words.
 */
public final class StoreRules {

  private final JavaClasses store;

  private StoreRules(JavaClasses store) {
    this.store = store;
  }

  /** The main classes of one store package, e.g. {@code org.laborbridge.jobs.store}. */
  public static StoreRules of(String storePackage) {
    return new StoreRules(new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(storePackage));
  }

  public void neverScans(String because) {
    noClasses().should().callMethodWhere(dynamoDbCall("scan")).because(because).check(store);
  }

  public void usesNoTransactions(String because) {
    noClasses().should().callMethodWhere(dynamoDbCall("transact")).because(because).check(store);
  }

  private static DescribedPredicate<JavaMethodCall> dynamoDbCall(String operationPrefix) {
    return DescribedPredicate.describe("a DynamoDbClient " + operationPrefix + " operation",
        call -> call.getTarget().getOwner().isAssignableTo(DynamoDbClient.class)
            && call.getTarget().getName().startsWith(operationPrefix));
  }
}
