interface HuntScreenProps {
  huntId: string;
  /** Absent: the hunt's overview. */
  stepId?: string;
}

// Placeholder until the hunt screens are built.
export function HuntScreen({ huntId, stepId }: HuntScreenProps) {
  return (
    <p>
      {huntId} {stepId}
    </p>
  );
}
