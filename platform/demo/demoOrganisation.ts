import type { PlatformRole } from '../../core/sync/protocol';
import type { NewUser, SellerTier, UserDirectory } from '../auth/userDirectory';

/** Demo only: every demo user signs in with this password (printed by `npm run platform`). */
export const demoPassword = 'demo-password';

export const demoTeam = { id: 'team-gulf', name: 'Gulf Energy Sales' } as const;

export interface DemoUser {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
  tier: SellerTier;
  categories: string[];
  sellerScore: number;
}

/** Seed 002's product areas (energy, power, water, oil & gas), spread so RFQ distribution has choices. */
export const demoUsers: readonly DemoUser[] = [
  { id: 'manager-maria', email: 'maria@demo.powercozmo.com', name: 'Maria Haddad', role: 'manager', tier: 'premium', categories: ['transformers', 'generators'], sellerScore: 90 },
  { id: 'seller-omar', email: 'omar@demo.powercozmo.com', name: 'Omar Farouk', role: 'seller', tier: 'premium', categories: ['solar', 'transformers'], sellerScore: 88 },
  { id: 'seller-lena', email: 'lena@demo.powercozmo.com', name: 'Lena Schmidt', role: 'seller', tier: 'standard', categories: ['pumps', 'valves'], sellerScore: 74 },
  { id: 'seller-ravi', email: 'ravi@demo.powercozmo.com', name: 'Ravi Menon', role: 'seller', tier: 'premium', categories: ['generators', 'solar'], sellerScore: 81 },
  { id: 'seller-chen', email: 'chen@demo.powercozmo.com', name: 'Chen Wei', role: 'seller', tier: 'basic', categories: ['pipes', 'valves'], sellerScore: 65 },
  { id: 'seller-sara', email: 'sara@demo.powercozmo.com', name: 'Sara Al-Mansoori', role: 'seller', tier: 'standard', categories: ['solar', 'pumps', 'transformers'], sellerScore: 79 },
  { id: 'seller-tom', email: 'tom@demo.powercozmo.com', name: 'Tom Okafor', role: 'seller', tier: 'basic', categories: ['generators', 'pipes'], sellerScore: 58 },
  { id: 'admin-marketplace', email: 'marketplace@demo.powercozmo.com', name: 'Power Cozmo marketplace', role: 'admin', tier: 'standard', categories: [], sellerScore: 0 },
];

/** Creates the demo team and users (call only on an empty users table). */
export async function createDemoOrganisation(users: UserDirectory): Promise<void> {
  await users.createTeam(demoTeam.id, demoTeam.name);
  await Promise.all(demoUsers.map((user) => users.createUser({ ...user, teamId: demoTeam.id, password: demoPassword } satisfies NewUser)));
}
