package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.StackSettings;

import java.util.Locale;

/**
 * Names for resources the template leaves unnamed. CloudFormation adds a random suffix; locally the name is
 * stable ({@code stack-LogicalId}) so that a kept data folder still matches on the next run.
 */
final class PhysicalNames {
  private PhysicalNames() {}

  static String table(StackSettings settings, String logicalId) {
    return settings.stackName() + "-" + logicalId;
  }

  static String queue(StackSettings settings, String logicalId, boolean fifo) {
    String base = settings.stackName() + "-" + logicalId;
    return fifo ? base + ".fifo" : base;
  }

  static String bucket(StackSettings settings, String logicalId) {
    String name = (settings.stackName() + "-" + logicalId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    return name.length() > 63 ? name.substring(0, 63) : name;
  }

  static String placeholder(StackSettings settings, String logicalId) {
    return settings.stackName() + "-" + logicalId;
  }

  static String placeholderArn(StackSettings settings, String type, String logicalId) {
    String service = switch (type) {
      case "AWS::Serverless::Function", "AWS::Lambda::Function" -> "lambda";
      case "AWS::IAM::Role" -> "iam";
      case "AWS::Scheduler::Schedule" -> "scheduler";
      default -> type.split("::").length > 1 ? type.split("::")[1].toLowerCase(Locale.ROOT) : "local";
    };
    String resource = switch (service) {
      case "lambda" -> "function:" + placeholder(settings, logicalId);
      case "iam" -> "role/" + placeholder(settings, logicalId);
      case "scheduler" -> "schedule/default/" + placeholder(settings, logicalId);
      default -> placeholder(settings, logicalId);
    };
    String region = service.equals("iam") ? "" : settings.region();
    return "arn:aws:" + service + ":" + region + ":" + settings.accountId() + ":" + resource;
  }
}
