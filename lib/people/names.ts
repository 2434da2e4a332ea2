// How a person is named to others: the public name they chose, or a neutral name.
export const ANONYMOUS_NAME = "Membre du réseau";

export function displayName(user: { publicName: string | null }): string {
  return user.publicName?.trim() || ANONYMOUS_NAME;
}
