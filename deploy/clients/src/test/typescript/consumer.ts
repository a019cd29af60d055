// What a browser frontend writes against the generated TypeScript clients: it must type-check under
// `strict`, so a change of the documents that breaks such code fails CI (check-typescript.sh).
import { Configuration as VillageConfiguration, VillagesApi, ResponseError, type Problem, type Village } from "../../../target/typescript/village-service";
import { Configuration as SupervisionConfiguration, StatisticsApi, NotificationsApi } from "../../../target/typescript/supervision-service";
import { Configuration as PlanConfiguration, PlansApi } from "../../../target/typescript/plan-service";
import { Configuration as AssistanceConfiguration, PairingsApi } from "../../../target/typescript/assistance-service";

export async function allVillages(basePath: string, accessToken: string): Promise<Village[]> {
  const villages = new VillagesApi(new VillageConfiguration({ basePath, accessToken }));
  const all: Village[] = [];
  let cursor: string | undefined;
  do {
    const page = await villages.listVillages({ limit: 100, cursor, status: "RECTIFYING" });
    all.push(...(page.items ?? []));
    cursor = page.next ? new URL(page.next, basePath).searchParams.get("cursor") ?? undefined : undefined;
  } while (cursor);
  return all;
}

/** A merge patch sends only what is set; null clears an optional field. */
export async function correctPopulation(basePath: string, accessToken: string, code: string): Promise<Village | Problem> {
  const villages = new VillagesApi(new VillageConfiguration({ basePath, accessToken }));
  const read = await villages.getVillageRaw({ code });
  const etag = read.raw.headers.get("ETag") ?? undefined;
  const village = await read.value();
  try {
    return await villages.patchVillage({ code, ifMatch: etag, villageDraftPatch: { population: (village.population ?? 0) + 1, partyMembers: null } });
  } catch (e) {
    if (e instanceof ResponseError && e.response.headers.get("Content-Type")?.startsWith("application/problem+json")) {
      return (await e.response.json()) as Problem;
    }
    throw e;
  }
}

export async function dashboard(basePath: string, accessToken: string): Promise<number> {
  const statistics = new StatisticsApi(new SupervisionConfiguration({ basePath, accessToken }));
  const figures = await statistics.getStatistics({ from: new Date("2026-01-01"), to: new Date("2026-12-31") });
  const inbox = await new NotificationsApi(new SupervisionConfiguration({ basePath, accessToken })).listNotifications({ unread: true, limit: 20 });
  return (figures.figures ?? []).length + (inbox.items ?? []).length;
}

export async function plansAndPairings(accessToken: string): Promise<number> {
  const plans = await new PlansApi(new PlanConfiguration({ basePath: "http://localhost:8082", accessToken })).listPlans({ limit: 10 });
  const pairings = await new PairingsApi(new AssistanceConfiguration({ basePath: "http://localhost:8083", accessToken })).listPairings({ limit: 10 });
  return (plans.items ?? []).length + (pairings.items ?? []).length;
}

/** A page follows its notifications: a ticket, then EventSource, which resumes by itself with Last-Event-ID. */
export async function follow(basePath: string, accessToken: string, shown: (title: string) => void): Promise<EventSource> {
  const ticket = await new NotificationsApi(new SupervisionConfiguration({ basePath, accessToken })).issueStreamTicket();
  const stream = new EventSource(new URL(ticket.stream ?? "", basePath));
  stream.addEventListener("notification", (event) => shown(JSON.parse((event as MessageEvent<string>).data).title));
  return stream;
}
