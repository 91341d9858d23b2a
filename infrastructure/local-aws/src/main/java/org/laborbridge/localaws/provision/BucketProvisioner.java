package org.laborbridge.localaws.provision;

import org.laborbridge.localaws.template.StackSettings;
import org.laborbridge.localaws.template.Values;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** AWS::S3::Bucket: the bucket itself. Encryption, public-access blocks, CORS and lifecycle are cloud-only. */
final class BucketProvisioner implements ResourceProvisioner {

  static final String TYPE = "AWS::S3::Bucket";

  private final S3Client s3;

  BucketProvisioner(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public ProvisionedResource create(String logicalId, Map<String, Object> p, StackSettings settings) {
    String name = p.containsKey("BucketName") ? Values.text(p.get("BucketName"), logicalId + ".BucketName")
        : PhysicalNames.bucket(settings, logicalId);
    try {
      s3.createBucket(r -> r.bucket(name));
    } catch (BucketAlreadyOwnedByYouException kept) {
      // A kept data folder already holds it.
    }
    return new ProvisionedResource(logicalId, TYPE, name, Map.of(
        "Arn", "arn:aws:s3:::" + name,
        "DomainName", name + ".s3.amazonaws.com",
        "RegionalDomainName", name + ".s3." + settings.region() + ".amazonaws.com"));
  }

  @Override
  public Set<String> notEmulated(Set<String> propertyNames) {
    return StackProvisioner.minus(propertyNames, Set.of("BucketName"));
  }

  @Override
  public void deleteAll() {
    s3.listBuckets().buckets().forEach(bucket -> {
      String name = bucket.name();
      s3.listObjectsV2Paginator(r -> r.bucket(name)).forEach(page -> {
        List<ObjectIdentifier> keys = page.contents().stream().map(S3Object::key)
            .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
        if (!keys.isEmpty()) {
          keys.forEach(k -> s3.deleteObject(r -> r.bucket(name).key(k.key())));
        }
      });
      s3.deleteBucket(r -> r.bucket(name));
    });
  }
}
