export enum ActivityKind {
  TrainingSession = 'training_session',
  FramingSession = 'framing_session',
  PolicyLabWorkshop = 'policy_lab_workshop',
  NetworkingEvent = 'networking_event',
  PublicRestitution = 'public_restitution',
  StudyVisit = 'study_visit',
  Other = 'other',
}
