import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullResponse, type LoginResponse, type WireDocument } from '../../core/sync/protocol';
import { openTestStream, platformConfig, platformEmail, platformLead, startTestPlatform, type TestPlatform, type TestStream } from '../fixtures/platformServer';

/**
 * Who sees and writes what, on every sync endpoint: sellers only their own documents; the team's
 * manager also the team's leads and the emails that left draft; nobody another team's.
 */
describe('isolation between sellers, managers and teams', () => {
  let platform: TestPlatform;
  let omar: LoginResponse;
  let lena: LoginResponse;
  let maria: LoginResponse;
  let otherManager: LoginResponse;
  let otherSeller: LoginResponse;
  const owner = (login: LoginResponse) => ({ id: login.user.id, teamId: login.user.teamId });

  let omarLead: WireDocument;
  let omarDraft: WireDocument;
  let omarPending: WireDocument;
  let otherTeamLead: WireDocument;

  async function push(login: LoginResponse, collection: string, rows: { assumedMasterState: WireDocument | null; newDocumentState: WireDocument }[]) {
    return platform.call('POST', `/sync/${collection}/push`, { token: login.token, body: { rows } });
  }
  async function pushOk(login: LoginResponse, collection: string, documents: WireDocument[]) {
    const reply = await push(login, collection, documents.map((newDocumentState) => ({ assumedMasterState: null, newDocumentState })));
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({ conflicts: [] });
  }
  async function pullAll(login: LoginResponse, collection: string): Promise<WireDocument[]> {
    const reply = await platform.call('POST', `/sync/${collection}/pull`, { token: login.token, body: { checkpoint: null, batchSize: 2000 } });
    expect(reply.status).toBe(200);
    return pullResponse.parse(reply.body).documents;
  }
  const ids = (documents: WireDocument[]) => documents.map((doc) => `${String(doc.ownerId)}/${doc.id}`).sort();

  beforeAll(async () => {
    platform = await startTestPlatform();
    const users = platform.platform.users;
    await users.createTeam('team-north', 'North Sales');
    await users.createUser({ id: 'manager-north', email: 'nora@north.example', name: 'Nora', role: 'manager', teamId: 'team-north', password: 'north-password' });
    await users.createUser({ id: 'seller-north', email: 'nils@north.example', name: 'Nils', role: 'seller', teamId: 'team-north', password: 'north-password' });
    [omar, lena, maria, otherManager, otherSeller] = await Promise.all([
      platform.login('omar@demo.powercozmo.com'),
      platform.login('lena@demo.powercozmo.com'),
      platform.login('maria@demo.powercozmo.com'),
      platform.login('nora@north.example', 'north-password'),
      platform.login('nils@north.example', 'north-password'),
    ]);
    omarLead = platformLead(owner(omar), 'iso-lead-omar');
    omarDraft = platformEmail(owner(omar), 'iso-email-draft', { leadId: omarLead.id, status: 'draft' });
    omarPending = platformEmail(owner(omar), 'iso-email-pending', { leadId: omarLead.id, status: 'pending_approval' });
    otherTeamLead = platformLead(owner(otherSeller), 'iso-lead-north');
    await pushOk(omar, 'leads', [omarLead]);
    await pushOk(omar, 'emails', [omarDraft, omarPending]);
    await pushOk(omar, 'notes', [{ id: 'iso-note-omar', ownerId: omar.user.id, teamId: omar.user.teamId, createdAt: 1, updatedAt: 1, leadId: omarLead.id, body: 'private', authorId: omar.user.id, authorName: '', _deleted: false }]);
    await pushOk(lena, 'leads', [platformLead(owner(lena), 'iso-lead-lena')]);
    await pushOk(otherSeller, 'leads', [otherTeamLead]);
  });
  afterAll(async () => platform?.close());

  describe('pull', () => {
    it('gives a seller only their own documents', async () => {
      expect(ids(await pullAll(lena, 'leads'))).toEqual(['seller-lena/iso-lead-lena']);
      expect(await pullAll(lena, 'emails')).toEqual([]);
      expect(await pullAll(lena, 'notes')).toEqual([]);
      expect(ids(await pullAll(omar, 'leads'))).toEqual(['seller-omar/iso-lead-omar']);
    });

    it("gives a manager the team's leads and non-draft emails, not their notes", async () => {
      expect(ids(await pullAll(maria, 'leads'))).toEqual(['seller-lena/iso-lead-lena', 'seller-omar/iso-lead-omar']);
      expect(ids(await pullAll(maria, 'emails'))).toEqual(['seller-omar/iso-email-pending']);
      expect(await pullAll(maria, 'notes')).toEqual([]);
    });

    it("gives another team's manager nothing of this team", async () => {
      expect(ids(await pullAll(otherManager, 'leads'))).toEqual(['seller-north/iso-lead-north']);
      expect(await pullAll(otherManager, 'emails')).toEqual([]);
      expect(ids(await pullAll(maria, 'leads'))).not.toContain('seller-north/iso-lead-north');
    });

    it('keeps config documents with the same id apart per seller', async () => {
      const omarView = platformConfig(owner(omar), 'hot-leads', { filter: 'omar' });
      const lenaView = platformConfig(owner(lena), 'hot-leads', { filter: 'lena' });
      expect(omarView.id).toBe(lenaView.id);
      await pushOk(omar, 'config', [omarView]);
      await pushOk(lena, 'config', [lenaView]);
      expect(await pullAll(omar, 'config')).toEqual([omarView]);
      expect(await pullAll(lena, 'config')).toEqual([lenaView]);
      expect(await pullAll(maria, 'config')).toEqual([]);
      // Lena's edit of her copy neither conflicts with nor changes Omar's.
      const lenaEdit = { ...lenaView, data: { filter: 'lena, edited' } };
      const reply = await push(lena, 'config', [{ assumedMasterState: lenaView, newDocumentState: lenaEdit }]);
      expect(reply.body).toEqual({ conflicts: [] });
      expect(await pullAll(omar, 'config')).toEqual([omarView]);
    });
  });

  describe('push', () => {
    it("refuses a seller writing another seller's document, without showing it", async () => {
      const forged = { ...omarLead, name: 'Taken over' };
      for (const assumed of [null, omarLead]) {
        const reply = await push(lena, 'leads', [{ assumedMasterState: assumed, newDocumentState: forged }]);
        expect(reply.status).toBe(403);
        expect(reply.body).toMatchObject({ error: 'forbidden', problems: [{ id: omarLead.id }] });
        expect(JSON.stringify(reply.body)).not.toContain(String(omarLead.email));
      }
      expect(await pullAll(omar, 'leads')).toEqual([omarLead]);
    });

    it('refuses new documents in another name or team, and writes nothing of a mixed request', async () => {
      const mine = platformLead(owner(lena), 'iso-lead-lena-2');
      const forOmar = platformLead(owner(omar), 'iso-lead-planted');
      const otherTeam = platformLead({ id: lena.user.id, teamId: 'team-north' }, 'iso-lead-wrong-team');
      const reply = await push(lena, 'leads', [
        { assumedMasterState: null, newDocumentState: mine },
        { assumedMasterState: null, newDocumentState: forOmar },
        { assumedMasterState: null, newDocumentState: otherTeam },
      ]);
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ error: 'forbidden', problems: [{ id: 'iso-lead-planted' }, { id: 'iso-lead-wrong-team' }] });
      expect(ids(await pullAll(lena, 'leads'))).toEqual(['seller-lena/iso-lead-lena']);
      expect(ids(await pullAll(omar, 'leads'))).toEqual(['seller-omar/iso-lead-omar']);
    });

    it('lets a seller use an id another seller uses, as a document of their own', async () => {
      const lenaCopy = platformLead(owner(lena), omarLead.id, { name: 'Lena’s own' });
      await pushOk(lena, 'leads', [lenaCopy]);
      expect((await pullAll(lena, 'leads')).find((doc) => doc.id === omarLead.id)).toEqual(lenaCopy);
      expect(await pullAll(omar, 'leads')).toEqual([omarLead]);
      await push(lena, 'leads', [{ assumedMasterState: lenaCopy, newDocumentState: { ...lenaCopy, _deleted: true } }]);
    });

    it("lets the manager edit a team member's lead and shown email, never a draft, a note or the owner", async () => {
      const edited = { ...omarLead, priority: 'high' };
      expect((await push(maria, 'leads', [{ assumedMasterState: omarLead, newDocumentState: edited }])).body).toEqual({ conflicts: [] });
      expect(await pullAll(omar, 'leads')).toEqual([edited]);
      omarLead = edited;

      const approved = { ...omarPending, status: 'approved' };
      expect((await push(maria, 'emails', [{ assumedMasterState: omarPending, newDocumentState: approved }])).body).toEqual({ conflicts: [] });
      omarPending = approved;

      const draftEdit = await push(maria, 'emails', [{ assumedMasterState: omarDraft, newDocumentState: { ...omarDraft, subject: 'manager was here' } }]);
      expect(draftEdit.status).toBe(403);
      const noteEdit = await push(maria, 'notes', [{ assumedMasterState: null, newDocumentState: { id: 'iso-note-omar', ownerId: omar.user.id, teamId: omar.user.teamId, createdAt: 1, updatedAt: 2, leadId: omarLead.id, body: 'read', authorId: maria.user.id, authorName: '', _deleted: false } }]);
      expect(noteEdit.status).toBe(403);
      const moved = await push(maria, 'leads', [{ assumedMasterState: omarLead, newDocumentState: { ...omarLead, teamId: 'team-north' } }]);
      expect(moved.status).toBe(403);
      expect(moved.body).toMatchObject({ problems: [{ reason: 'the owner and team of a document do not change' }] });
      expect(await pullAll(omar, 'leads')).toEqual([omarLead]);
      expect((await pullAll(omar, 'emails')).find((doc) => doc.id === omarDraft.id)).toEqual(omarDraft);
    });

    it("refuses another team's manager on this team's documents", async () => {
      const reply = await push(otherManager, 'leads', [{ assumedMasterState: omarLead, newDocumentState: { ...omarLead, name: 'north' } }]);
      expect(reply.status).toBe(403);
      const email = await push(otherManager, 'emails', [{ assumedMasterState: omarPending, newDocumentState: { ...omarPending, status: 'rejected' } }]);
      expect(email.status).toBe(403);
      expect(await pullAll(omar, 'leads')).toEqual([omarLead]);
    });

    it('keeps an email visible to the manager once shown, even back in draft', async () => {
      const backToDraft = { ...omarPending, status: 'draft' };
      await push(omar, 'emails', [{ assumedMasterState: omarPending, newDocumentState: backToDraft }]);
      omarPending = backToDraft;
      expect((await pullAll(maria, 'emails')).find((doc) => doc.id === omarPending.id)).toEqual(backToDraft);
    });
  });

  describe('stream', () => {
    let streams: TestStream[] = [];
    afterAll(() => streams.forEach((stream) => stream.close()));

    it('sends a committed batch only to the users who may read it', async () => {
      const [omarStream, lenaStream, mariaStream, northStream] = await Promise.all([omar, lena, maria, otherManager].map((login) => openTestStream(platform.url, 'leads', login.token)));
      const omarEmails = await openTestStream(platform.url, 'emails', omar.token);
      const mariaEmails = await openTestStream(platform.url, 'emails', maria.token);
      streams = [omarStream!, lenaStream!, mariaStream!, northStream!, omarEmails, mariaEmails];
      for (const stream of streams) await stream.waitForComment((comment) => comment === 'connected');

      const newLead = platformLead(owner(omar), 'iso-lead-streamed');
      await pushOk(omar, 'leads', [newLead]);
      const draft = platformEmail(owner(omar), 'iso-email-streamed-draft', { status: 'draft' });
      await pushOk(omar, 'emails', [draft]);
      const pending = platformEmail(owner(omar), 'iso-email-streamed-pending', { status: 'pending_approval' });
      await pushOk(omar, 'emails', [pending]);
      const lenaLead = platformLead(owner(lena), 'iso-lead-streamed-lena');
      await pushOk(lena, 'leads', [lenaLead]);

      expect((await omarStream!.waitFor((m) => m.documents.some((doc) => doc.id === newLead.id))).documents).toEqual([newLead]);
      await mariaStream!.waitFor((m) => m.documents.some((doc) => doc.id === newLead.id));
      await mariaStream!.waitFor((m) => m.documents.some((doc) => doc.id === lenaLead.id));
      await lenaStream!.waitFor((m) => m.documents.some((doc) => doc.id === lenaLead.id));
      await mariaEmails.waitFor((m) => m.documents.some((doc) => doc.id === pending.id));
      await omarEmails.waitFor((m) => m.documents.some((doc) => doc.id === pending.id));
      // Lena's stream got her lead after Omar's batch committed: Omar's batch would have come first.
      const lenaSaw = lenaStream!.messages.flatMap((m) => m.documents.map((doc) => `${String(doc.ownerId)}/${doc.id}`));
      expect(lenaSaw).toEqual(['seller-lena/iso-lead-streamed-lena']);
      expect(mariaEmails.messages.flatMap((m) => m.documents.map((doc) => doc.id))).toEqual([pending.id]);
      expect(omarStream!.messages.flatMap((m) => m.documents.map((doc) => doc.id))).toEqual([newLead.id]);
      expect(northStream!.messages).toEqual([]);
      // Checkpoints on the stream are the pull's: a pull from before the batch ends at the same place.
      const lastOmar = omarStream!.messages.at(-1)!;
      const page = pullResponse.parse((await platform.call('POST', '/sync/leads/pull', { token: omar.token, body: { checkpoint: { sequence: lastOmar.checkpoint.sequence - 1 } } })).body);
      expect(page.documents).toEqual([newLead]);
      expect(page.checkpoint).toEqual(lastOmar.checkpoint);
    });

    it('refuses a stream without a valid token and for an unknown collection', async () => {
      const anonymous = await platform.call('GET', '/sync/leads/stream');
      expect(anonymous.status).toBe(401);
      const bad = await platform.call('GET', '/sync/leads/stream', { token: 'x'.repeat(43) });
      expect(bad.status).toBe(401);
      const unknown = await platform.call('GET', '/sync/users/stream', { token: omar.token });
      expect(unknown.status).toBe(404);
    });
  });
});
