/** The operation the Sandbox opens with: short, and showing the way from a check to the graph. */
export const EXAMPLE_OPERATION = `# Welcome to Gouden Netwerk. Press ▶ to run.
query Health {
  health {
    status
    database
  }
}
`;
