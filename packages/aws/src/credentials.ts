/** What STS hands out; the shape the AWS SDK clients accept as `credentials`. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** Called with every secret the moment it exists (core.setSecret in an action). */
export type Mask = (secret: string) => void;
