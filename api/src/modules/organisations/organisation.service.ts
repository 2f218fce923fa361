import { DataSource } from "typeorm";
import { Clock } from "../../clock";
import { Transactions } from "../../db/data-source";
import { Organisation } from "./organisation.entity";

export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    protected readonly transactions: Transactions,
    protected readonly clock: Clock,
  ) {}

  async exists(id: string): Promise<boolean> {
    return (await this.dataSource.getRepository(Organisation).count({ where: { id } })) > 0;
  }

  findById(id: string) {
    return this.dataSource.getRepository(Organisation).findOne({ where: { id } });
  }

  findBySlug(slug: string) {
    return this.dataSource.getRepository(Organisation).findOne({ where: { slug: slug.toLowerCase() } });
  }
}
